package org.accountatlas.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A save refused because others committed contradicting edits since this client read them. Nothing was
 * written; the edits are all still in memory. Resolve each conflict ({@link DatabaseResource#resolve}) and save again.
 */
public class SaveConflictException extends StoreException {

    private static final long serialVersionUID = 1L;
    private final transient List<SaveConflict> conflicts;

    /** A refusal listing its conflicts. */
    public SaveConflictException(String database, List<SaveConflict> conflicts) {
        super("Nothing was saved: " + conflicts.size() + (conflicts.size() == 1 ? " edit contradicts" : " edits contradict")
                + " what others saved to " + database + " since you read it:" + System.lineSeparator()
                + conflicts.stream().map(c -> "  " + c).collect(Collectors.joining(System.lineSeparator())));
        this.conflicts = List.copyOf(conflicts);
    }

    /** Each contradiction: element, field, mine, theirs, who, when. */
    public List<SaveConflict> conflicts() {
        return conflicts;
    }
}
