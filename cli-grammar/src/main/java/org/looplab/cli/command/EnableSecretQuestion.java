package org.looplab.cli.command;

import org.looplab.aaa.EnableLevelSecrets;

/** The {@code Password: } prompt of {@code enable [N]}: three wrong answers give "% Bad secrets". */
public final class EnableSecretQuestion implements Question {
    static final int ATTEMPTS = 3;
    private final int level;
    private int failures;

    public EnableSecretQuestion(int level) {
        this.level = level;
    }

    @Override
    public String prompt() {
        return "Password: ";
    }

    @Override
    public boolean isSecret() {
        return true;
    }

    @Override
    public void answer(String line, CommandContext context) {
        var secret = EnableLevelSecrets.check(context.router(), level);
        if (secret == null || secret.matches(line)) {
            context.setPrivilege(level);
            return;
        }
        failures++;
        if (failures < ATTEMPTS) {
            context.ask(this);
        } else {
            context.print("% Bad secrets\n\n");
        }
    }
}
