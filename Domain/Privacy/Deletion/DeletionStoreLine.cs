namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>One table of the database and what an erasure did to the person's rows in it.</summary>
/// <param name="Store">The table (<c>Events</c>, <c>ProfileTraits</c>, <c>Contacts</c>, …).</param>
/// <param name="Action">deleted, anonymised (kept without anything identifying), scrubbed (someone else's row that mentioned the person), detached (kept, the link to the person removed) or decremented (a counter lowered).</param>
public sealed record DeletionStoreLine(string Store, string Action, long Rows);
