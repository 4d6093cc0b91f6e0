package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.model.FieldManager;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.secrets.AccountSecrets;
import dev.kbforge.reconciler.secrets.PasswordGenerator;
import dev.kbforge.reconciler.secrets.ProvidedSecrets;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes one object. By server-side apply (PATCH {@code application/apply-patch+yaml}, field
 * manager {@code kbforge}, {@code force=true}): kbforge owns the fields its tree sets and takes
 * them over from any other manager that changed them, which is what restores drift; fields it does
 * not set stay with their owners.
 *
 * <p>A server that answers an apply patch with 415, or with 404 for an object that create then
 * makes, lacks server-side apply: from then on every object is created (POST) or replaced (GET,
 * then PUT with the live resourceVersion), and the user is told once. Conflicts and busy servers
 * are retried with {@link Backoff}. An account Secret is only ever created, never applied over an
 * existing one.
 */
final class ObjectWriter {
  static final String FALLBACK_NOTICE =
      "server does not support server-side apply; using create/update";

  private final Resources resources;
  private final Backoff backoff;
  private final ApplyListener listener;
  private final PasswordGenerator passwords;
  private final AtomicBoolean serverSideApply = new AtomicBoolean(true);

  ObjectWriter(
      Resources resources, Backoff backoff, ApplyListener listener, PasswordGenerator passwords) {
    this.resources = resources;
    this.backoff = backoff;
    this.listener = listener;
    this.passwords = passwords;
  }

  /** Whether the server turned out to lack server-side apply. */
  boolean fellBack() {
    return !serverSideApply.get();
  }

  /**
   * Creates or updates the step's object; false when it was skipped (an account Secret whose
   * password comes from a Secret of the user's that does not exist yet: said in a notice, tried
   * again by the next apply, the rest of the apply goes on, as KubeBlocks waits for that Secret).
   */
  boolean write(Step step) {
    GenericKubernetesResource object = step.object();
    ObjectRef ref = step.ref();
    ResourceDefinitionContext context = resources.context(object.getApiVersion(), ref);
    if (step.password() != null) {
      String from = Objects.annotation(object, AccountSecrets.PASSWORD_FROM);
      String password;
      try {
        password =
            from == null
                ? passwords.generate(step.password())
                : CopiedPassword.read(resources.client(), ref, from);
      } catch (CopiedPassword.Missing e) {
        listener.notice(e.getMessage() + "; not created (the next apply tries again)");
        return false;
      }
      createOnly(ref, context, AccountSecrets.withPassword(object, password));
      return true;
    }
    if (ProvidedSecrets.isProvided(object)) {
      createOnly(ref, context, object);
      return true;
    }
    if (serverSideApply.get()) {
      try {
        resources.call(
            "patch",
            context,
            ref,
            ref.namespace(),
            () ->
                backoff.retry(
                    () ->
                        resources
                            .resource(context, ref, object)
                            .fieldManager(FieldManager.NAME)
                            .forceConflicts()
                            .serverSideApply()));
        return true;
      } catch (RuntimeException e) {
        int code = code(e);
        if (code != 415 && code != 404) {
          throw e;
        }
        createOrUpdate(step, context);
        if (serverSideApply.compareAndSet(true, false)) {
          listener.notice(FALLBACK_NOTICE);
        }
        return true;
      }
    }
    createOrUpdate(step, context);
    return true;
  }

  /** Deletes the step's object (in the background: dependents go through garbage collection). */
  void delete(Step step) {
    ObjectRef ref = step.ref();
    ResourceDefinitionContext context = resources.context(step.object().getApiVersion(), ref);
    resources.call(
        "delete",
        context,
        ref,
        ref.namespace(),
        () -> backoff.retry(() -> resources.resource(context, ref, null).delete()));
  }

  private void createOrUpdate(Step step, ResourceDefinitionContext context) {
    ObjectRef ref = step.ref();
    if (step.action() == Action.CREATE) {
      try {
        resources.call(
            "create",
            context,
            ref,
            ref.namespace(),
            () -> resources.resource(context, ref, step.object()).create());
        return;
      } catch (RuntimeException e) {
        if (code(e) != 409) {
          throw e;
        }
        // created meanwhile: replace it below
      }
    }
    resources.call(
        "update",
        context,
        ref,
        ref.namespace(),
        () -> backoff.retry(() -> replace(step.object(), context, ref)));
  }

  private GenericKubernetesResource replace(
      GenericKubernetesResource object, ResourceDefinitionContext context, ObjectRef ref) {
    GenericKubernetesResource live = resources.resource(context, ref, null).get();
    if (live == null) {
      return resources.resource(context, ref, object).create();
    }
    GenericKubernetesResource copy = Objects.copy(object);
    copy.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
    return resources.resource(context, ref, copy).update();
  }

  /** Creates a Secret that must never overwrite one: one that appeared meanwhile is kept. */
  private void createOnly(
      ObjectRef ref, ResourceDefinitionContext context, GenericKubernetesResource secret) {
    try {
      resources.call(
          "create",
          context,
          ref,
          ref.namespace(),
          () -> resources.resource(context, ref, secret).create());
    } catch (RuntimeException e) {
      if (code(e) != 409) {
        throw e;
      }
      listener.notice(ref + " appeared meanwhile; left as it is");
    }
  }

  private static int code(RuntimeException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof KubernetesClientException k) {
        return k.getCode();
      }
      cause = cause.getCause();
    }
    return 0;
  }
}
