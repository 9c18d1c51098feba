using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A ticket's contact (if any) and status; it is open unless solved or closed.</summary>
public sealed record TicketFact(long? ContactId, TicketStatus Status);
