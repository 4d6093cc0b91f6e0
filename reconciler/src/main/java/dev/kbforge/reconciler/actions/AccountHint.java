package dev.kbforge.reconciler.actions;

/**
 * A system account that accountProvision creates once.
 *
 * @param name the account
 * @param secret its account Secret (keys {@code username}, {@code password}), read when the action
 *     runs so no password is part of a plan
 * @param statement the definition's create statement ({@code KB_ACCOUNT_STATEMENT})
 */
public record AccountHint(String name, String secret, String statement) {}
