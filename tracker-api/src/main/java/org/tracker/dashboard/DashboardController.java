package org.tracker.dashboard;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tracker.infrastructure.web.NotFound;
import org.tracker.shared.Slug;

/**
 * The web dashboard's pages: one template, a small script per view that reads the JSON API
 * (docs/adr/0009). Path values are checked here, so a page never embeds what the API would refuse.
 */
@Controller
public class DashboardController {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

  @GetMapping("/")
  public String home() {
    return "redirect:/board";
  }

  @GetMapping("/board")
  public String board(Model model) {
    return page(model, "Relationships", "board");
  }

  @GetMapping("/timeline")
  public String timeline(Model model) {
    return page(model, "Timeline", "timeline");
  }

  @GetMapping("/relationships/{a}/{b}")
  public String relationship(@PathVariable String a, @PathVariable String b, Model model) {
    model.addAttribute("pair", code(a) + "/" + code(b));
    return page(model, a + " ⇄ " + b, "relationship");
  }

  @GetMapping("/organizations/{code}")
  public String organization(@PathVariable String code, Model model) {
    model.addAttribute("code", code(code));
    return page(model, code, "organization");
  }

  @GetMapping("/projects")
  public String projects(Model model) {
    return page(model, "Projects", "projects");
  }

  @GetMapping("/projects/{id}")
  public String project(@PathVariable String id, Model model) {
    if (!Slug.isValid(id)) {
      throw new NotFound("no project '" + id + "'");
    }
    model.addAttribute("project", id);
    return page(model, id, "project");
  }

  @GetMapping("/agreements/{id}")
  public String agreement(@PathVariable String id, Model model) {
    if (!Slug.isValid(id)) {
      throw new NotFound("no agreement '" + id + "'");
    }
    model.addAttribute("agreement", id);
    return page(model, id, "agreement");
  }

  @GetMapping("/watch")
  public String watch(Model model) {
    return page(model, "Watch", "watch");
  }

  @GetMapping("/capture")
  public String capture(Model model) {
    return page(model, "Record a development", "capture");
  }

  @GetMapping("/import")
  public String importPage(Model model) {
    return page(model, "Import", "import");
  }

  private static String page(Model model, String title, String view) {
    model.addAttribute("title", title);
    model.addAttribute("view", view);
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user != null && user.isAuthenticated()) {
      model.addAttribute("user", user.getName());
      model.addAttribute(
          "roles",
          user.getAuthorities().stream()
              .map(GrantedAuthority::getAuthority)
              .filter(a -> a.startsWith("ROLE_"))
              .map(a -> a.substring(5))
              .sorted()
              .collect(Collectors.joining(" ")));
    }
    return "dashboard";
  }

  private static String code(String code) {
    if (!CODE.matcher(code).matches()) {
      throw new NotFound("no actor '" + code + "'");
    }
    return code;
  }
}
