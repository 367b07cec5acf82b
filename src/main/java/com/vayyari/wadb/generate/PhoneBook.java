package com.vayyari.wadb.generate;

import com.vayyari.wadb.generate.Names.Region;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Makes people with distinct, plausible mobile numbers and names that fit the country. */
final class PhoneBook {

    /** Mobile numbers of a country: the national part starts with one of {@code firstDigits}. */
    private record Country(String code, String firstDigits, int nationalLength, Region region, int weight) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("91", "6789", 10, Region.INDIA, 70),
            new Country("971", "5", 9, Region.ARABIC, 6),
            new Country("1", "23456789", 10, Region.WESTERN, 6),
            new Country("44", "7", 10, Region.WESTERN, 4),
            new Country("966", "5", 9, Region.ARABIC, 3),
            new Country("65", "89", 8, Region.WESTERN, 3),
            new Country("86", "1", 11, Region.CHINESE, 3),
            new Country("61", "4", 9, Region.WESTERN, 2),
            new Country("81", "789", 10, Region.JAPANESE, 2),
            new Country("82", "1", 10, Region.KOREAN, 1));
    private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();

    private final SplittableRandom rng;
    private final Set<String> taken = new HashSet<>();

    PhoneBook(SplittableRandom rng) {
        this.rng = rng;
    }

    /** An Indian number for the account owner, so it never collides with a contact. */
    Person owner() {
        return add(number(COUNTRIES.get(0)), Names.OWNER);
    }

    /** The contact with these digits (an Indian number), with an Indian name. */
    Person pinned(String digits) {
        if (taken.contains(digits)) {
            throw new IllegalStateException("number taken twice: " + digits);
        }
        return add(digits, indianName());
    }

    Person next() {
        int w = rng.nextInt(TOTAL_WEIGHT);
        Country country = COUNTRIES.get(0);
        for (Country c : COUNTRIES) {
            country = c;
            w -= c.weight();
            if (w < 0) {
                break;
            }
        }
        String digits;
        do {
            digits = number(country);
        } while (taken.contains(digits));
        return add(digits, name(country.region()));
    }

    private Person add(String digits, String name) {
        taken.add(digits);
        return Person.of(digits, name);
    }

    private String number(Country country) {
        StringBuilder digits = new StringBuilder(15).append(country.code());
        digits.append(country.firstDigits().charAt(rng.nextInt(country.firstDigits().length())));
        for (int i = 1; i < country.nationalLength(); i++) {
            digits.append((char) ('0' + rng.nextInt(10)));
        }
        return digits.toString();
    }

    private String name(Region region) {
        return switch (region) {
            case INDIA -> indianName();
            case ARABIC -> pick(Names.ARABIC);
            case CHINESE -> pick(Names.CHINESE);
            case JAPANESE -> pick(Names.JAPANESE);
            case KOREAN -> pick(Names.KOREAN);
            case WESTERN -> pick(Names.WESTERN);
        };
    }

    private String indianName() {
        double u = rng.nextDouble();
        if (u < 0.08) {
            return pick(Names.INDIAN_FIRST);
        } else if (u < 0.62) {
            return pick(Names.INDIAN_FIRST) + " " + pick(Names.INDIAN_LAST);
        } else if (u < 0.74) {
            return pick(Names.TELUGU);
        } else if (u < 0.84) {
            return pick(Names.HINDI);
        }
        return pick(Names.NICKNAMES);
    }

    private String pick(List<String> names) {
        return names.get(rng.nextInt(names.size()));
    }
}
