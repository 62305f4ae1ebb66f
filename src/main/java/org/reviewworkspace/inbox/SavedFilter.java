package org.reviewworkspace.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A filter of the inbox that one user saved under a name. */
@Entity
@Table(name = "inbox_filter")
class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String owner;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "show_")
    private InboxFilter.Show show;
    @Enumerated(EnumType.STRING)
    private InboxFilter.Due due;
    private String search;
    @Version
    private long version;

    protected SavedFilter() {
    }

    SavedFilter(String owner, String name, InboxFilter filter) {
        this.owner = owner;
        this.name = name;
        change(filter);
    }

    void change(InboxFilter filter) {
        this.show = filter.show();
        this.due = filter.due();
        this.search = filter.search();
    }

    Long getId() {
        return id;
    }

    String owner() {
        return owner;
    }

    String name() {
        return name;
    }

    InboxFilter filter() {
        return new InboxFilter(show, due, search);
    }
}
