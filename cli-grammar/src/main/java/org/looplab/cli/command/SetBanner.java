package org.looplab.cli.command;

import org.looplab.config.Banners;

/**
 * {@code banner motd|login|exec|incoming|prompt-timeout|slip-ppp D TEXT D}. When the closing delimiter is not on the first line, IOS asks
 * for more lines ("Enter TEXT message.  End with the character 'D'.") and reads them, without a prompt,
 * until one contains the delimiter; everything between the delimiters is kept, newlines included.
 */
public record SetBanner(Banners.Kind kind, String rest) implements Command {
    @Override
    public void run(CommandContext context) {
        BannerText delimiters = BannerText.startingWith(rest);
        String after = rest.substring(delimiters.delimiter().length());
        int end = delimiters.end(after);
        if (end >= 0) {
            context.router().banners().set(kind, after.substring(0, end));
            return;
        }
        context.print("Enter TEXT message.  End with the character '" + delimiters.shown() + "'.\n");
        context.ask(new MoreText(kind, delimiters, new StringBuilder(after).append('\n')));
    }

    /** The lines of a banner after its first, one answer per line, until the closing delimiter. */
    private record MoreText(Banners.Kind kind, BannerText delimiters, StringBuilder text) implements Question {
        @Override
        public String prompt() {
            return "";
        }

        @Override
        public boolean isSecret() {
            return false;
        }

        @Override
        public void answer(String line, CommandContext context) {
            int end = delimiters.end(line);
            if (end >= 0) {
                text.append(line, 0, end);
                context.router().banners().set(kind, text.toString());
            } else {
                text.append(line).append('\n');
                context.ask(this);
            }
        }
    }
}
