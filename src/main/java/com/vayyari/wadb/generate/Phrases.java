package com.vayyari.wadb.generate;

import java.util.List;

/**
 * The words of the demo messages. Each keyword topic's templates all contain its keyword as a whole word and
 * no other template, caption or slot value does, so the share of messages a full-text search for the keyword
 * finds is known in advance: {@code share} percent of the text messages (see {@link TextComposer#keywordShare}).
 * Slots in braces are filled by {@link TextComposer}.
 */
final class Phrases {

    /** A kind of message; {@code keyword} is null for topics without one. */
    record Topic(String keyword, double share, List<String> templates) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("meeting", 3.0, List.of(
                    "Team meeting at {time}, please join on time",
                    "Can we move the meeting to {day}?",
                    "Meeting notes are in the shared drive",
                    "I'm in a meeting, will call you back",
                    "The client meeting went well",
                    "Reminder: meeting with {name} at {time}")),
            new Topic("tomorrow", 5.0, List.of(
                    "See you tomorrow",
                    "Can you come tomorrow at {time}?",
                    "Tomorrow is a holiday, shop closed",
                    "I'll send it tomorrow morning",
                    "Will reach {place} tomorrow",
                    "Kal pakka, tomorrow {time}")),
            new Topic("invoice", 2.0, List.of(
                    "Please find the invoice {invoice} attached",
                    "Invoice {invoice} for {amount} is due on {day}",
                    "Can you resend the invoice? The file doesn't open",
                    "Paid {amount} against invoice {invoice} ✅")),
            new Topic("photo", 4.0, List.of(
                    "Send me the photo please",
                    "Nice photo",
                    "Which photo should I use for the profile?",
                    "This photo is from {place} 😍",
                    "Photo lo chala bagunnaru")),
            new Topic("railway", 1.0, List.of(
                    "Stuck at {place} railway station, train is late by 2 hours 🚆",
                    "Booked the railway tickets for {day}",
                    "Railway reservation confirmed, PNR {pnr}",
                    "Any update on the railway strike?")),
            new Topic("birthday", 2.0, List.of(
                    "Happy birthday {name}! 🎂🎉",
                    "Birthday party at {time} on {day}, don't be late 🎈",
                    "What should we gift for Amma's birthday?",
                    "Many many happy returns of the day! Happy birthday 🥳",
                    "పుట్టినరోజు శుభాకాంక్షలు! Happy birthday 🎂")),
            new Topic("passport", 0.1, List.of(
                    "Passport renewal appointment is on {day}",
                    "Did you get the passport back from the agent?")),
            new Topic(null, 40.9, List.of(
                    "Ok", "Okay 👍", "Thanks!", "Thank you so much 🙏", "Where are you?", "On the way",
                    "Reached home", "Call me when free", "Good morning", "Good night", "Lunch?", "Haha 😂",
                    "Sure, no problem", "Let me check and tell you", "What time?", "Price of this saree?",
                    "Is this available in {color}?", "Delivered today, thanks", "Please share the location",
                    "{amount} sent via UPI", "Traffic is crazy near {place}", "Running late by 10 minutes",
                    "Did you eat?", "Weekend plans?", "Can you pick up milk on the way back?",
                    "Shopping list:\n1. rice\n2. dal\n3. curd", "He said \"coming\" but still not here",
                    "Order for {name}: 2 sarees, 1 dupatta, total {amount}", "Meet at {place} at {time}?")),
            new Topic(null, 6.0, List.of(
                    "Kya scene hai?", "Theek hai, kal baat karte hain", "Arre yaar 😅", "Chalo, done",
                    "Bhai, kahan ho?", "Ekkada unnav?", "Sare, chusta")),
            new Topic(null, 12.0, List.of(
                    "శుభోదయం 🌞", "ఎక్కడ ఉన్నావు?", "భోజనం చేశావా?", "సరే, రేపు కలుద్దాం", "చాలా బాగుంది 👌",
                    "ధన్యవాదాలు 🙏", "ఇంటికి వచ్చాను", "ఫోన్ చెయ్యి", "{place} లో ట్రాఫిక్ ఎక్కువగా ఉంది")),
            new Topic(null, 10.0, List.of(
                    "सुप्रभात 🌅", "आप कहाँ हो?", "ठीक है, कल मिलते हैं", "बहुत अच्छा 👍", "धन्यवाद 🙏",
                    "खाना खा लिया?", "मैं रास्ते में हूँ", "{amount} भेज दिए")),
            new Topic(null, 3.0, List.of(
                    "صباح الخير ☀️", "كيف حالك؟", "شكرا جزيلا 🙏", "إن شاء الله", "أنا في الطريق", "مبروك 🎉")),
            new Topic(null, 4.0, List.of(
                    "早上好 ☀️", "你在哪里?", "谢谢!", "明天见", "おはようございます", "ありがとう 😊", "了解です",
                    "잘 자요 🌙")),
            new Topic(null, 7.0, List.of(
                    "👍", "😂😂😂", "🙏", "❤️", "🎉🎉", "👌", "😍", "🔥🔥", "👨‍👩‍👧")));

    /** Captions of photos, videos and documents; like slot values, free of every keyword. */
    static final List<String> CAPTIONS = List.of(
            "Look at this 😍", "From today's function", "New arrivals ✨", "Sample design", "{place} views",
            "ఇది చూడు", "देखो 👀", "Latest collection, {amount} each", "Kids at the park", "Sunset 🌅",
            "Quotation as discussed", "Signed copy");

    /** Document file names, before the extension: media_files.file_name, not message text, so keywords may occur. */
    static final List<String> DOCUMENTS = List.of(
            "Invoice_March", "Quotation_v2", "Aadhaar_copy", "Price_List_2024", "Salary_Slip", "Train_Ticket",
            "Project_Plan", "Menu", "Resume_final", "Bank_Statement");

    static final List<String> TIMES = List.of(
            "9 am", "10:30 am", "11 am", "12:30 pm", "3 pm", "4:30 pm", "6 pm", "7:45 pm", "8 pm");
    static final List<String> DAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the 15th",
            "next week", "Friday evening");
    static final List<String> PLACES = List.of(
            "Hyderabad", "Secunderabad", "Vijayawada", "Guntur", "Visakhapatnam", "Bengaluru", "Chennai",
            "Mumbai", "Dubai", "Kukatpally", "Ameerpet", "Gachibowli", "Tirupati");
    static final List<String> FIRST_NAMES = List.of(
            "Ravi", "Priya", "Lakshmi", "Sai", "Anu", "Venkat", "Fatima", "John", "రవి", "प्रिया");
    static final List<String> COLORS = List.of("red", "maroon", "green", "pink", "blue", "gold", "yellow");
    static final List<String> EMOJI = List.of(
            "😂", "🙏", "👍", "❤️", "😍", "🎉", "😊", "🔥", "👌", "😅", "🤣", "✨", "🙌", "😎", "🥰", "💯", "🌸", "☕");

    private Phrases() {
    }
}
