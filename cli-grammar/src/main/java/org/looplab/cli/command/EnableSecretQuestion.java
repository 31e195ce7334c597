package org.looplab.cli.command;

/** The {@code Password: } prompt of {@code enable}: three wrong answers give "% Bad secrets". */
public final class EnableSecretQuestion implements Question {
    static final int ATTEMPTS = 3;
    private int failures;

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
        var secret = context.router().enableCheck();
        if (secret == null || secret.matches(line)) {
            context.setPrivilege(15);
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
