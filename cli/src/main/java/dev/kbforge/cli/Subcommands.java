package dev.kbforge.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * kb's subcommands, in the order {@code kb --help} lists them, and which of them one command line
 * needs. picocli builds its model of a command (reflection over its class, options, mixins and
 * converters, and the classes those name: fabric8's for the cluster commands) when the command is
 * added, and that took longer than the rest of a {@code kb validate}'s start. So {@link Main} adds
 * only the subcommand the command line names, and all of them where the output can show the others:
 * help, completion, no command, an unknown name (picocli suggests similar ones), or anything it
 * does not recognise before the name.
 */
final class Subcommands {
  /** Name (as in each class's {@code @Command}) to class; the order is the help's order. */
  static final Map<String, Class<?>> ALL = all();

  /** Commands whose output lists or completes the other commands. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  /** kb's own options that may come before the command name (it takes no value). */
  private static final String DEBUG = InternalErrors.DEBUG_OPTION;

  private Subcommands() {}

  /** The subcommands {@code args} need, in the help's order. */
  static Collection<Class<?>> needed(String[] args) {
    int first = 0;
    while (first < args.length && args[first].equals(DEBUG)) {
      first++;
    }
    if (first == args.length || NEED_ALL.contains(args[first])) {
      return ALL.values();
    }
    Class<?> named = ALL.get(args[first]);
    return named == null ? ALL.values() : List.of(named);
  }

  private static Map<String, Class<?>> all() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand.class);
    all.put("render", RenderCommand.class);
    all.put("crds", CrdsCommand.class);
    all.put("apply", ApplyCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("roles", RolesCommand.class);
    all.put("switchover", SwitchoverCommand.class);
    all.put("init", InitCommand.class);
    all.put("bench", BenchCommand.class);
    all.put("template", TemplateCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("cluster", ClusterCommand.class);
    all.put("ops", OpsCommand.class);
    all.put("help", CommandLine.HelpCommand.class);
    return all;
  }
}
