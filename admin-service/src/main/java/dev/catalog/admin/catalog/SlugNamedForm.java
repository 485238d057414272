package dev.catalog.admin.catalog;

/** A staff form for a slug-named object, exactly as typed: what {@link SlugNamedPages} needs of it. */
interface SlugNamedForm<T, C> {

    /** The command this form asks for, to validate and save. */
    C toCommand();

    /** The version the form was opened at; -1 when it is not a number. */
    long editedVersion();

    /** This form's values over {@code theirs}' version: saving it again replaces their edit. */
    SlugNamedForm<T, C> rebasedOn(T theirs);
}
