package com.vayyari.wadb.importer;

import java.text.DateFormatSymbols;
import java.time.LocalTime;
import java.time.chrono.HijrahEra;
import java.time.chrono.JapaneseEra;
import java.time.chrono.ThaiBuddhistEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a header's date and time may contain, taken from the JDK's locale data rather than typed in: am/pm
 * markers, day periods and month names of every language the JDK knows, and the era names of the Thai
 * Buddhist, Hijri and Japanese calendars that iOS writes when the phone uses them ({@code 3/18/2565 BE},
 * {@code 3/18/R4}).
 *
 * <p>Words are compared {@linkplain #normalize normalized}: lower case, without dots and spaces, so that
 * {@code p. m.}, {@code p.m.} and {@code PM} are one word. English's words are English's; a word that means
 * different things in two other languages (an am marker in one, a pm marker in another) is left out: it
 * decides nothing.
 */
final class HeaderWords {

    /** Narrow Japanese era names ({@code R}, {@code H}…) to their era. */
    private static final Map<Character, JapaneseEra> JAPANESE_ERAS = new HashMap<>();
    /** The Thai Buddhist and Hijri eras' names as iOS writes them after the year: {@code BE}, {@code AH}. */
    private static final String BUDDHIST_ERA = ThaiBuddhistEra.BE.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    private static final String HIJRAH_ERA = HijrahEra.AH.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    /** Both are two letters. */
    static final int ERA_NAME_LENGTH = 2;
    /** Years from here on are Buddhist (Gregorian plus 543): WhatsApp's Gregorian years are far below. */
    static final int BUDDHIST_YEARS = 2400;

    /** Every language's symbols, loaded (a few hundred milliseconds) only when a header needs a word from them. */
    private static final class Tables {
        /** Normalized am/pm marker to {@code 'a'} or {@code 'p'}. */
        static final Map<String, Character> MERIDIEM = new HashMap<>();
        /** Normalized month name (long and short forms) to month 1–12. */
        static final Map<String, Integer> MONTHS = new HashMap<>();

        static {
            // English first, and its words stay English's ("Mar" is March, whatever it is elsewhere):
            // WhatsApp writes English headers far more than any other language's.
            Set<String> settledMarkers = new HashSet<>();
            Set<String> settledMonths = new HashSet<>();
            add(Locale.ENGLISH, settledMarkers, settledMonths);
            settledMarkers.addAll(MERIDIEM.keySet());
            settledMonths.addAll(MONTHS.keySet());
            for (Locale locale : DateFormatSymbols.getAvailableLocales()) {
                // A language's regional variants rarely spell these differently: a third of the time.
                if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty()) {
                    add(locale, settledMarkers, settledMonths);
                }
            }
        }

        private static void add(Locale locale, Set<String> settledMarkers, Set<String> settledMonths) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            String[] ampm = symbols.getAmPmStrings();
            HeaderWords.add(MERIDIEM, settledMarkers, ampm[0], 'a');
            HeaderWords.add(MERIDIEM, settledMarkers, ampm[1], 'p');
            String[] longNames = symbols.getMonths();
            String[] shortNames = symbols.getShortMonths();
            for (int m = 0; m < 12; m++) {
                HeaderWords.add(MONTHS, settledMonths, longNames[m], m + 1);
                HeaderWords.add(MONTHS, settledMonths, shortNames[m], m + 1);
            }
        }
    }

    /** Day periods ({@code in the morning}, Android's clock in some locales) to the hours they cover, as bits. */
    private static final class DayPeriods {
        static final Map<String, Integer> HOURS = new HashMap<>();

        static {
            for (Locale locale : DateFormatSymbols.getAvailableLocales()) {
                if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty()) {
                    continue;
                }
                DateTimeFormatter period = DateTimeFormatter.ofPattern("B", locale);
                for (int h = 0; h < 24; h++) {
                    for (int m : new int[] {0, 30}) {
                        String word = period.format(LocalTime.of(h, m));
                        HOURS.merge(normalize(word, 0, word.length()), 1 << h, (a, b) -> a | b);
                    }
                }
            }
        }
    }

    static {
        for (JapaneseEra era : JapaneseEra.values()) {
            String name = era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH);
            if (name.length() == 1) {
                JAPANESE_ERAS.put(name.charAt(0), era);
            }
        }
    }

    private HeaderWords() {
    }

    /** Adds a word unless it is settled; a word two languages give different values is settled as none. */
    private static <V> void add(Map<String, V> map, Set<String> settled, String word, V value) {
        String key = normalize(word, 0, word.length());
        if (key.isEmpty() || settled.contains(key)) {
            return;
        }
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            map.remove(key);
            settled.add(key);
        }
    }

    /** Lower case, without dots, spaces of any width and invisible marks. */
    static String normalize(CharSequence text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !InvisibleMarks.isMark(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** {@code 'a'}, {@code 'p'}, or 0 when the (normalized) word is no am/pm marker. */
    static char meridiem(String normalized) {
        // English's own, without loading every locale's symbols: most 12-hour exports need nothing else.
        if (normalized.equals("pm") || normalized.equals("am")) {
            return normalized.charAt(0);
        }
        Character c = Tables.MERIDIEM.get(normalized);
        return c == null ? 0 : c;
    }

    /**
     * {@code 'a'} or {@code 'p'} for a 12-hour clock's hour followed by a day period ({@code 9:15 in the
     * morning}): the half of the day the period covers at that hour; 0 when it is no period or covers both.
     */
    static char dayPeriod(String normalized, int hour) {
        Integer hours = DayPeriods.HOURS.get(normalized);
        if (hours == null || hour > 12) {
            return 0;
        }
        boolean am = (hours & 1 << (hour % 12)) != 0;
        boolean pm = (hours & 1 << (hour % 12 + 12)) != 0;
        return am == pm ? 0 : am ? 'a' : 'p';
    }

    /** {@code 'B'} or {@code 'H'} when the text at {@code at} is that era's name and a word of its own, else 0. */
    static char eraNamed(String text, int at) {
        int end = at + ERA_NAME_LENGTH;
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
            return 0;
        }
        return text.startsWith(BUDDHIST_ERA, at) ? 'B' : text.startsWith(HIJRAH_ERA, at) ? 'H' : 0;
    }

    /** Month 1–12 of a (normalized) month name, or 0. */
    static int month(String normalized) {
        Integer m = Tables.MONTHS.get(normalized);
        return m == null ? 0 : m;
    }

    /** The Japanese era whose narrow name is this letter, or null. */
    static JapaneseEra japaneseEra(char letter) {
        return JAPANESE_ERAS.get(letter);
    }
}
