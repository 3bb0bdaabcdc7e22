package dev.kefu.core.events;

class LocalConversationEventBusTest extends ConversationEventBusContract {

    @Override
    protected ConversationEventBus newBus() {
        return new LocalConversationEventBus();
    }
}
