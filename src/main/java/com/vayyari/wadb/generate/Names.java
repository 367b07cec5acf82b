package com.vayyari.wadb.generate;

import java.util.List;

/**
 * Display names as people save them in WhatsApp: in their own script, with nicknames and emoji, and one with
 * double quotes so every quoting path (CSV, JSON) is exercised by the demo data.
 */
final class Names {

    /** Where a phone number is from decides which names it gets. */
    enum Region { INDIA, ARABIC, CHINESE, JAPANESE, KOREAN, WESTERN }

    static final List<String> INDIAN_FIRST = List.of(
            "Ravi", "Priya", "Lakshmi", "Sai", "Anusha", "Venkat", "Srinivas", "Kiran", "Deepika", "Arjun",
            "Rahul", "Sneha", "Harish", "Swathi", "Naveen", "Bhavana", "Suresh", "Anjali", "Mahesh", "Divya",
            "Karthik", "Pooja", "Vamsi", "Keerthi", "Ramesh", "Sunitha", "Imran", "Fatima");
    static final List<String> INDIAN_LAST = List.of(
            "Reddy", "Kumar", "Sharma", "Rao", "Naidu", "Iyer", "Menon", "Gupta", "Patil", "Chowdary",
            "Varma", "Verma", "Khan", "Shaik", "Goud", "Nair", "Joshi");
    static final List<String> TELUGU = List.of(
            "రవి కుమార్", "లక్ష్మి", "శ్రీనివాస్ రెడ్డి", "సాయి తేజ", "అనూష", "వెంకటేష్", "కవిత", "సురేష్ బాబు");
    static final List<String> HINDI = List.of(
            "प्रिया शर्मा", "राहुल वर्मा", "अंजलि", "अमित कुमार", "सुनीता देवी", "विकास", "नेहा");
    static final List<String> NICKNAMES = List.of(
            "Amma ❤️", "Nanna 🙏", "Akka 💕", "Anna 😎", "Landlord 🏠", "Plumber 🔧", "Milk Uncle 🥛",
            "Tailor ✂️", "Cab Driver 🚕", "Dr. Rao 🩺", "Rajesh \"Raju\" Varma", "Chinni 🌸");
    static final List<String> ARABIC = List.of(
            "محمد العلي", "فاطمة", "أحمد حسن", "ليلى", "Ahmed Al Mansoori", "Yousef", "Omar Farooq", "Mariam");
    static final List<String> CHINESE = List.of("王伟", "李娜", "张敏", "刘洋", "陈静", "Li Wei");
    static final List<String> JAPANESE = List.of("佐藤 花子", "田中 太郎", "鈴木 一郎", "Yuki 🌙");
    static final List<String> KOREAN = List.of("김민준", "이서연", "박지훈");
    static final List<String> WESTERN = List.of(
            "John Smith", "Emma Wilson", "Carlos García", "Zoë Müller", "Chloé Dubois", "Liam O'Brien",
            "Sarah Johnson", "Michael Brown");

    static final List<String> GROUPS = List.of(
            "Family ❤️", "Office Team", "Hyderabad Railway Commuters 🚆", "School Friends 2010",
            "Apartment Residents - Block C", "Cricket Sunday 🏏", "Vayyari Customers", "Book Club 📚",
            "Trip to Goa 🏖️", "తెలుగు స్నేహితులు", "అమ్మ ఫ్యామిలీ 🏡", "परिवार 🙏", "ऑफिस टीम",
            "عائلة أحمد", "大学同学群", "家族グループ", "Startup Founders 🚀", "Yoga Morning 🧘",
            "Wedding Planning 💍", "Saree Collection 2024 ✨", "Parents of Class 5B", "Weekend Trekkers ⛰️");

    static final List<String> EXCLUDE_REASONS = List.of(
            "Spam / promotional messages", "Personal chat, not for archiving", "Customer asked to be removed",
            "Bulk broadcast group", "Duplicate of another chat", "Privacy request (DPDP)");

    /** The account whose messages these are: sender of every {@code is_from_me} message. */
    static final String OWNER = "Vayyari";

    private Names() {
    }
}
