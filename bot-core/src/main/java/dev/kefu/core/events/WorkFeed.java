package dev.kefu.core.events;

import java.util.regex.Pattern;

/**
 * Work that must be done once for each stored event, whichever instance does it: every event
 * reaches exactly one consumer of each named group, at least once. An event whose handler throws,
 * or whose consumer dies before acknowledging it, is delivered again, up to a cap after which it
 * is logged (by reference, without text) and dropped, so one poison event cannot stall its group.
 * Unlike the {@link ConversationEventBus} (every watcher, at most once), this is for sending an
 * agent's reply to a platform or assigning a newly queued conversation. Handlers run on the feed's
 * own thread, one event at a time per group on an instance.
 */
public interface WorkFeed extends AutoCloseable {

    /** How a group is named: lower-case letters, digits and dashes, e.g. {@code agent-replies}. */
    Pattern GROUP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /**
     * Hands this instance's share of the group's events, from now on, to {@code handler} until the
     * consumption is closed. An instance consumes a group at most once.
     *
     * @throws IllegalArgumentException the group's name is not {@link #GROUP_NAME}
     * @throws IllegalStateException this instance already consumes the group
     */
    Consumption consume(String group, WorkHandler handler);

    /** Stops every consumption of this instance. */
    @Override
    void close();

    /** Stops one group's deliveries to this instance; the handler may finish its current event. */
    interface Consumption extends AutoCloseable {
        @Override
        void close();
    }

    /** Throws unless {@code group} is a valid group name. */
    static String checkGroup(String group) {
        if (group == null || !GROUP_NAME.matcher(group).matches()) {
            throw new IllegalArgumentException("a work group is named with lower-case letters, digits and dashes, not " + group);
        }
        return group;
    }
}
