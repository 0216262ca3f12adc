package iq.cpf.awareness.platform.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Arabic-script shaping into Unicode presentation forms, for a PDF renderer that draws characters,
 * not OpenType glyph substitutions. ICU's own {@code ArabicShaping} only produces Presentation
 * Forms-B, so the letters of Kurdish Sorani and Persian (ی ک گ پ چ ژ ڤ ۆ) stayed in their isolated
 * form and, worse, letters it does not know (ە ڕ ێ ڵ) broke the joining of their neighbours. Here
 * every rule comes from ICU's Unicode data: a letter's joining type, and each presentation form's
 * compatibility decomposition (base letter plus initial, medial, final or isolated), so nothing
 * about the script is typed in by hand. A letter Unicode gives no form for is drawn as it is, and
 * its neighbours still join it.
 */
final class PresentationForms {

    private enum Form {
        ISOLATED,
        INITIAL,
        MEDIAL,
        FINAL
    }

    private static final int LAM = 0x0644;

    /**
     * The alefs that lam must take as one ligature: Arabic requires it; other ligatures are the
     * font's choice.
     */
    private static final Set<Integer> ALEFS = Set.of(0x0622, 0x0623, 0x0625, 0x0627);

    private static final Map<Integer, Map<Form, Integer>> FORMS = new HashMap<>();
    private static final Map<Integer, Map<Form, Integer>> LAM_ALEF = new HashMap<>();

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
            Form form =
                    switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
                        case UCharacter.DecompositionType.ISOLATED -> Form.ISOLATED;
                        case UCharacter.DecompositionType.INITIAL -> Form.INITIAL;
                        case UCharacter.DecompositionType.MEDIAL -> Form.MEDIAL;
                        case UCharacter.DecompositionType.FINAL -> Form.FINAL;
                        default -> null;
                    };
            String base = form == null ? null : nfkd.getRawDecomposition(cp);
            if (base == null) {
                continue;
            }
            int[] letters = base.codePoints().toArray();
            if (letters.length == 1) {
                FORMS.computeIfAbsent(letters[0], k -> new HashMap<>()).putIfAbsent(form, cp);
            } else if (letters.length == 2 && letters[0] == LAM && ALEFS.contains(letters[1])) {
                LAM_ALEF.computeIfAbsent(letters[1], k -> new HashMap<>()).putIfAbsent(form, cp);
            }
        }
    }

    private PresentationForms() {}

    /**
     * The text with each Arabic-script letter in the form its neighbours call for, lam-alef as one
     * ligature.
     */
    static String shape(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (!FORMS.containsKey(cp) && !joins(cp)) {
                out.appendCodePoint(cp);
                continue;
            }
            int next = neighbour(cps, i, 1);
            boolean afterJoins = joinsBefore(cps, i);
            if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
                Integer ligature =
                        LAM_ALEF.get(cps[next]).get(afterJoins ? Form.FINAL : Form.ISOLATED);
                if (ligature != null) {
                    out.appendCodePoint(ligature);
                    for (int t = i + 1; t < next; t++) {
                        out.appendCodePoint(cps[t]);
                    }
                    i = next;
                    continue;
                }
            }
            boolean beforeJoins = next >= 0 && joinsToNext(cp) && joinsToPrevious(cps[next]);
            boolean fromPrevious = afterJoins && joinsToPrevious(cp);
            Form form =
                    fromPrevious
                            ? (beforeJoins ? Form.MEDIAL : Form.FINAL)
                            : (beforeJoins ? Form.INITIAL : Form.ISOLATED);
            Map<Form, Integer> forms = FORMS.getOrDefault(cp, Map.of());
            Integer shaped = forms.get(form);
            if (shaped == null && form == Form.MEDIAL) {
                shaped = forms.get(Form.FINAL);
            } else if (shaped == null && form == Form.INITIAL) {
                shaped = forms.get(Form.ISOLATED);
            }
            out.appendCodePoint(shaped == null ? cp : shaped);
        }
        return out.toString();
    }

    /** Back from presentation forms to the letters, for measuring and searching. */
    static String unshape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        text.codePoints()
                .forEach(
                        cp -> {
                            if (cp >= 0xFB50 && cp <= 0xFEFC) {
                                out.append(nfkc.normalize(new String(Character.toChars(cp))));
                            } else {
                                out.appendCodePoint(cp);
                            }
                        });
        return out.toString();
    }

    /** Whether the letter before position {@code i} (skipping marks) reaches out to join it. */
    private static boolean joinsBefore(int[] cps, int i) {
        int previous = neighbour(cps, i, -1);
        return previous >= 0 && joinsToNext(cps[previous]);
    }

    /** The next (+1) or previous (-1) position that is not a transparent mark, or -1. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (type(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    private static boolean joins(int cp) {
        int type = type(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Dual-joining letters and tatweel join the letter after them (to their left). */
    private static boolean joinsToNext(int cp) {
        int type = type(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING
                || type == UCharacter.JoiningType.LEFT_JOINING;
    }

    /** Dual- and right-joining letters join the letter before them (to their right). */
    private static boolean joinsToPrevious(int cp) {
        int type = type(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING
                || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static int type(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }
}
