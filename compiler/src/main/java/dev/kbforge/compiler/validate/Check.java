package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;

/**
 * One semantic rule. A check reads the whole input set (so cross-document rules fit the same
 * shape), reports findings and never throws for bad input. Checks run after schema validation, on
 * documents without schema errors, so they may assume types are right but not that optional fields
 * are present.
 */
public interface Check {
  void run(InputSet inputs, Reporter reporter);
}
