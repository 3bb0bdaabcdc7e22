package dev.kefu.core.handoff;

import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import java.time.Clock;

/** The contact details a user left to be called back: forgotten with the rest of their data. */
public final class CallbackRecords implements PersonalRecords {

    private final CallbackStore callbacks;
    private final Clock clock;

    public CallbackRecords(CallbackStore callbacks, Clock clock) {
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "callbacks";
    }

    @Override
    public int forget(DataSubject subject) {
        int forgotten = 0;
        for (String conversationId : subject.conversationIds()) {
            if (callbacks.find(conversationId, clock.instant()).isPresent()) {
                forgotten++;
            }
            callbacks.delete(conversationId);
        }
        return forgotten;
    }
}
