package dev.tablebook.display;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Plugs Tablebook's renderers into a stock JJava (or IJava-derived) kernel, so Tablesaw tables and
 * Tablebook charts render richly there too. In a JJava notebook, after adding the Tablebook jar:
 *
 * <pre>{@code
 * dev.tablebook.display.JJavaBridge.register(org.dflib.jjava.JJava.getKernelInstance().getRenderer());
 * }</pre>
 *
 * It works by reflection against JJava's public renderer API
 * ({@code Renderer.createRegistration(type).supporting(mimeTypes).register(function)}), so Tablebook
 * needs no JJava classes at compile time.
 *
 * @since 0.1
 */
public final class JJavaBridge {
  private JJavaBridge() {}

  /** Registers the renderers of {@link Renderers#global()} for Tablebook's and Tablesaw's types with {@code jjavaRenderer}; returns how many. */
  public static int register(Object jjavaRenderer) {
    return register(jjavaRenderer, Renderers.global());
  }

  /** Registers the renderers of {@code renderers} (but those of JDK types) with {@code jjavaRenderer}; returns how many. */
  public static int register(Object jjavaRenderer, Renderers renderers) {
    ClassLoader loader = jjavaRenderer.getClass().getClassLoader();
    try {
      Class<?> functionType = Class.forName("org.dflib.jjava.jupyter.kernel.display.RenderFunction", false, loader);
      int count = 0;
      for (Renderer<?> renderer : renderers.all()) {
        if (renderer.type().getName().startsWith("java.")) {
          continue; // JJava renders the JDK's own types (text, images) itself
        }
        Object registration = jjavaRenderer.getClass().getMethod("createRegistration", Class.class)
            .invoke(jjavaRenderer, renderer.type());
        registration = registration.getClass().getMethod("supporting", String[].class)
            .invoke(registration, (Object) renderer.mimeTypes().toArray(String[]::new));
        Object function = Proxy.newProxyInstance(loader, new Class<?>[] {functionType}, (proxy, method, args) -> {
          if (method.getName().equals("render") && args != null && args.length == 2) {
            fill(args[1], renderers.render(args[0]), loader);
            return null;
          }
          return method.getName().equals("toString") ? "Tablebook " + renderer.type().getSimpleName() + " renderer"
              : method.getName().equals("hashCode") ? System.identityHashCode(proxy)
              : method.getName().equals("equals") ? proxy == args[0] : null;
        });
        registration.getClass().getMethod("register", functionType).invoke(registration, function);
        count++;
      }
      return count;
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("not a JJava renderer (" + jjavaRenderer.getClass().getName() + "): " + cause(e), e);
    }
  }

  /** Copies the bundle into JJava's output container; JSON MIME types go in as JSON, not text. */
  private static void fill(Object renderContext, MimeBundle bundle, ClassLoader loader) throws ReflectiveOperationException {
    Object container = renderContext.getClass().getMethod("getOutputContainer").invoke(renderContext);
    Method putData = container.getClass().getMethod("putData", String.class, Object.class);
    for (Map.Entry<String, String> entry : bundle.data().entrySet()) {
      Object value = MimeBundle.isJson(entry.getKey()) ? parseJson(entry.getValue(), loader) : entry.getValue();
      putData.invoke(container, entry.getKey(), value);
    }
  }

  private static Object parseJson(String json, ClassLoader loader) throws ReflectiveOperationException {
    Class<?> parser = Class.forName("com.google.gson.JsonParser", false, loader);
    return parser.getMethod("parseString", String.class).invoke(null, json);
  }

  private static String cause(ReflectiveOperationException e) {
    Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
    return cause.toString();
  }
}
