package dev.kefu.app.admin;

/** No group of unanswered questions has the id (it may have been dismissed, or its questions aged out). */
final class GroupNotFoundException extends RuntimeException {

    GroupNotFoundException(String id) {
        super("no group of unanswered questions '" + id + "'");
    }
}
