package iq.cpf.awareness.platform.control;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * openhtmltopdf's reordering as its ICU support does it, with the shaping of {@link
 * PresentationForms}, which covers the Kurdish and Persian letters that ICU's shaper leaves
 * unjoined.
 */
class ShapingReorderer implements BidiReorderer {

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return PresentationForms.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return PresentationForms.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
