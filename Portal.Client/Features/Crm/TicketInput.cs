namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>What a person enters to create or edit a ticket; an empty status or priority keeps the ticket's (new: new, normal).</summary>
public sealed record TicketInput
{
    public string? Subject { get; init; }
    public string? Description { get; init; }
    public string? Status { get; init; }
    public string? Priority { get; init; }
    public string? AssigneeId { get; init; }
    public long? ContactId { get; init; }
    public long? AccountId { get; init; }
}
