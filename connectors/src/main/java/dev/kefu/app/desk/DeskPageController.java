package dev.kefu.app.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The desk is one static page; its script signs in and calls the desk and agent APIs. */
@Controller
class DeskPageController {

    @GetMapping({"/desk", "/desk/"})
    String page() {
        return "forward:/desk/index.html";
    }
}
