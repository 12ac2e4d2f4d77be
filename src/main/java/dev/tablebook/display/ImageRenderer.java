package dev.tablebook.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Shows images ({@code BufferedImage} and every other {@link RenderedImage}) as {@code image/png},
 * as IJava does: an XChart {@code BitmapEncoder.getBufferedImage(chart)} or a hand-drawn picture
 * ending a cell is drawn, not printed as text.
 *
 * @since 0.2
 */
public final class ImageRenderer implements Renderer<RenderedImage> {
  static final String IMAGE_PNG = "image/png";

  @Override
  public Class<RenderedImage> type() {
    return RenderedImage.class;
  }

  @Override
  public List<String> mimeTypes() {
    return List.of(IMAGE_PNG, MimeBundle.TEXT_PLAIN);
  }

  @Override
  public MimeBundle render(RenderedImage image, Set<String> mimeTypes) {
    MimeBundle bundle = MimeBundle.of(MimeBundle.TEXT_PLAIN,
        image.getClass().getSimpleName() + " " + image.getWidth() + "×" + image.getHeight());
    if (mimeTypes.contains(IMAGE_PNG)) {
      bundle = bundle.with(IMAGE_PNG, Base64.getEncoder().encodeToString(png(image)));
    }
    return bundle;
  }

  private static byte[] png(RenderedImage image) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalArgumentException("this image cannot be written as PNG (its colour model is not supported)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
