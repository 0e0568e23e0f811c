package dev.assumerole.config;

import java.util.Map;
import java.util.Optional;

/**
 * The process environment as the core reads it. Tests pass their own map so that they never depend on, or
 * change, the variables of the JVM that runs them.
 */
public final class Environment {
    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** Returns the environment of this process. */
    public static Environment system() {
        return new Environment(System.getenv());
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(variables);
    }

    /** Returns the variable's value, or empty when it is unset or set to the empty string. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Returns all variables, for building a child process environment. */
    public Map<String, String> asMap() {
        return variables;
    }
}
