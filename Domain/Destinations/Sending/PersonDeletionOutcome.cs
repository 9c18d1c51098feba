namespace Lodestar.Domain.Destinations.Sending;

/// <summary>What a destination answered to a deletion: done, or why not, in its own words where it gave any.</summary>
public sealed record PersonDeletionOutcome(bool Done, string Response)
{
    public static PersonDeletionOutcome Accepted(string response) => new(true, response);

    public static PersonDeletionOutcome Refused(string response) => new(false, response);
}
