namespace Lodestar.Domain.Privacy.Deletion;

public enum DeletionMode
{
    /// <summary>The person's events are deleted with everything else.</summary>
    Delete = 1,

    /// <summary>
    /// The person's events are kept without anything that identifies them (identifiers, traits, IP, and every value of
    /// the person's anywhere in the message), under one new anonymous id; everything else is deleted.
    /// </summary>
    Anonymise = 2,
}
