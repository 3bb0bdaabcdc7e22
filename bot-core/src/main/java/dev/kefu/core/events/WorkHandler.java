package dev.kefu.core.events;

/**
 * Does one group's work for one stored event. Returning acknowledges the event: the group is done
 * with it. Throwing leaves it unacknowledged, to be delivered again (perhaps to another instance)
 * until the feed's cap on deliveries, so a handler must tolerate seeing an event twice.
 */
@FunctionalInterface
public interface WorkHandler {

    void handle(EventReference event);
}
