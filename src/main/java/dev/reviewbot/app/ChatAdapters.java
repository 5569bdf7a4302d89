package dev.reviewbot.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides which chat adapters `reviewbot run` starts: each one whose credentials are in the environment. */
public final class ChatAdapters {

    private ChatAdapters() {
    }

    public static List<ChatAdapter> fromEnvironment(ReviewBot bot, Map<String, String> environment) {
        List<ChatAdapter> adapters = new ArrayList<>();
        // Each platform adds itself here when its credentials are set.
        return adapters;
    }
}
