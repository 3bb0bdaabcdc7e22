package dev.kefu.app.widget;

/** No visitor token, or one that is forged or expired; answered 401. */
final class VisitorUnauthorizedException extends RuntimeException {
    VisitorUnauthorizedException() {
        super("a valid visitor token is required (Authorization: Bearer <token> from POST /api/v1/widget/visitors)");
    }
}
