package dev.kefu.app.channel.web;

/**
 * The visitors' open widgets on this instance, as the web channel reaches them: the live socket
 * implements it. A widget reads its conversation after the last event it rendered, so telling it
 * twice is harmless and a widget that was closed reads what it missed when it reconnects.
 */
public interface VisitorSessions {

    /** Tells the visitor's open widgets to read what they have not seen yet of the conversations they watch. */
    void wake(String visitorId);
}
