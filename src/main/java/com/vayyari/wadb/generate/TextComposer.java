package com.vayyari.wadb.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns {@link Phrases} into message texts and captions; the templates are parsed once, here. */
final class TextComposer {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");
    /** Share of non-emoji texts that get an emoji appended. */
    private static final double EMOJI_TAIL = 0.25;

    private final Template[][] topics;
    private final double[] cumulativeShare;
    private final boolean[] emojiOnly;
    private final Template[] captions;

    TextComposer() {
        List<Phrases.Topic> list = Phrases.TOPICS;
        topics = new Template[list.size()][];
        cumulativeShare = new double[list.size()];
        emojiOnly = new boolean[list.size()];
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            topics[i] = parseAll(list.get(i).templates());
            sum += list.get(i).share();
            cumulativeShare[i] = sum;
            emojiOnly[i] = list.get(i).templates().stream().allMatch(t -> t.codePoints().allMatch(TextComposer::isEmoji));
        }
        captions = parseAll(Phrases.CAPTIONS);
    }

    /** Percent of text (non-media) messages that contain {@code keyword} as a word; 0 for any other word. */
    static double keywordShare(String keyword) {
        String word = keyword.toLowerCase(Locale.ROOT);
        return Phrases.TOPICS.stream().filter(t -> word.equals(t.keyword())).mapToDouble(Phrases.Topic::share).sum();
    }

    /** The text of a plain message. */
    String message(SplittableRandom rng) {
        double u = rng.nextDouble() * cumulativeShare[cumulativeShare.length - 1];
        int topic = 0;
        while (topic < cumulativeShare.length - 1 && u >= cumulativeShare[topic]) {
            topic++;
        }
        Template[] templates = topics[topic];
        StringBuilder text = templates[rng.nextInt(templates.length)].fill(rng, new StringBuilder(48));
        if (!emojiOnly[topic] && rng.nextDouble() < EMOJI_TAIL) {
            text.append(' ').append(pick(Phrases.EMOJI, rng));
        }
        return text.toString();
    }

    /** A caption for a photo, video or document. */
    String caption(SplittableRandom rng) {
        return captions[rng.nextInt(captions.length)].fill(rng, new StringBuilder(32)).toString();
    }

    /** Emoji, with the joiner and variation selector that build composed ones. */
    static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F000 || codePoint >= 0x2600 && codePoint <= 0x27BF
                || codePoint == 0x200D || codePoint == 0xFE0F;
    }

    private static Template[] parseAll(List<String> texts) {
        return texts.stream().map(Template::parse).toArray(Template[]::new);
    }

    private static String pick(List<String> values, SplittableRandom rng) {
        return values.get(rng.nextInt(values.size()));
    }

    private enum Slot {
        TIME, DAY, PLACE, NAME, AMOUNT, INVOICE, PNR, EMOJI, COLOR;

        void append(SplittableRandom rng, StringBuilder out) {
            switch (this) {
                case TIME -> out.append(pick(Phrases.TIMES, rng));
                case DAY -> out.append(pick(Phrases.DAYS, rng));
                case PLACE -> out.append(pick(Phrases.PLACES, rng));
                case NAME -> out.append(pick(Phrases.FIRST_NAMES, rng));
                case AMOUNT -> out.append('₹').append(50 * rng.nextInt(2, 1000));
                case INVOICE -> out.append("INV-2024-").append(String.valueOf(10_000 + rng.nextInt(10_000)), 1, 5);
                case PNR -> out.append(rng.nextLong(1_000_000_000L, 10_000_000_000L));
                case EMOJI -> out.append(pick(Phrases.EMOJI, rng));
                case COLOR -> out.append(pick(Phrases.COLORS, rng));
            }
        }
    }

    /** Literal text around slots: {@code literals[0] slots[0] literals[1] … literals[n]}. */
    private record Template(String[] literals, Slot[] slots) {

        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            Matcher m = SLOT.matcher(text);
            int from = 0;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                slots.add(Slot.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(String[]::new), slots.toArray(Slot[]::new));
        }

        StringBuilder fill(SplittableRandom rng, StringBuilder out) {
            out.append(literals[0]);
            for (int i = 0; i < slots.length; i++) {
                slots[i].append(rng, out);
                out.append(literals[i + 1]);
            }
            return out;
        }
    }
}
