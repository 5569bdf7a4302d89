package dev.reviewbot.opinion;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a scorecard as a small PNG, in-process with Java2D (headless: no display needed): one row per
 * section with a bar from the centre, left and red for criticism, right and green for praise, and the
 * rating as a filled bar where the review gives one. Chat adapters attach it beside the text form.
 */
public final class ScorecardChart {

    private static final int WIDTH = 640;
    private static final int ROW = 26;
    private static final int TOP = 64;
    private static final int PAD = 16;
    private static final Color BACKGROUND = new Color(0xFA, 0xFA, 0xF7);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x77, 0x77, 0x77);
    private static final Color TRACK = new Color(0xE6, 0xE6, 0xE1);
    private static final Color PRAISE = new Color(0x2E, 0x8B, 0x57);
    private static final Color CRITICISM = new Color(0xC0, 0x39, 0x2B);
    private static final Color RATING = new Color(0xE0, 0xA0, 0x20);

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ScorecardChart() {
    }

    /** The chart as PNG bytes. */
    public static byte[] png(Scorecard card) {
        int rows = card.sections().size();
        boolean rated = card.ratingShare().isPresent();
        int height = TOP + (rated ? ROW + 8 : 0) + rows * ROW + 36;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, height);
            draw(g, card, rated);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, Scorecard card, boolean rated) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 17);
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setFont(title);
        g.setColor(INK);
        g.drawString(fit(g, card.film(), WIDTH - 2 * PAD), PAD, 28);
        g.setFont(small);
        g.setColor(MUTED);
        g.drawString(card.reviewer() == null ? "Each section's sentences, criticism to praise"
                : "Review by " + card.reviewer() + "; each section's sentences, criticism to praise", PAD, 46);

        g.setFont(label);
        int labelWidth = Math.min(180, card.sections().stream().mapToInt(s -> g.getFontMetrics().stringWidth(s.name()))
                .max().orElse(60) + 12);
        int barLeft = PAD + labelWidth;
        int barRight = WIDTH - PAD - 56;
        int centre = (barLeft + barRight) / 2;
        int half = (barRight - barLeft) / 2;
        int y = TOP;

        if (rated) {
            double share = card.ratingShare().orElseThrow();
            g.setColor(INK);
            g.drawString("Rating", PAD, y + 13);
            g.setColor(TRACK);
            g.fillRoundRect(barLeft, y + 2, barRight - barLeft, 14, 6, 6);
            g.setColor(RATING);
            g.fillRoundRect(barLeft, y + 2, (int) Math.round(share * (barRight - barLeft)), 14, 6, 6);
            g.setColor(INK);
            g.drawString(card.rating(), barRight + 8, y + 13);
            y += ROW + 8;
        }

        int firstRow = y;
        for (Scorecard.SectionScore s : card.sections()) {
            g.setColor(INK);
            g.drawString(fit(g, s.name(), labelWidth - 8), PAD, y + 13);
            g.setColor(TRACK);
            g.fillRoundRect(barLeft, y + 2, barRight - barLeft, 14, 6, 6);
            if (s.scored()) {
                // Drawn from the value as printed, so "+0.00" never shows a sliver of red.
                double shown = Double.parseDouble(ScorecardText.signed(s.polarity()));
                int length = (int) Math.round(Math.min(1, Math.abs(shown)) * half);
                g.setColor(shown >= 0 ? PRAISE : CRITICISM);
                g.fillRect(shown >= 0 ? centre : centre - length, y + 2, length, 14);
                g.setColor(INK);
                g.drawString(ScorecardText.signed(s.polarity()), barRight + 8, y + 13);
            } else {
                g.setColor(MUTED);
                g.drawString("n/a", barRight + 8, y + 13);
            }
            y += ROW;
        }
        g.setColor(MUTED);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(centre, firstRow - 2, centre, y - ROW + 18);
        g.setFont(small);
        g.setColor(CRITICISM);
        g.drawString("criticism", barLeft, y + 8);
        g.setColor(PRAISE);
        String praise = "praise";
        g.drawString(praise, barRight - g.getFontMetrics().stringWidth(praise), y + 8);
    }

    /** The text, cut with an ellipsis to fit the width. */
    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
