namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>A page of a contact's timeline, newest first; pass <see cref="NextBefore"/> as <c>before</c> for older items (null: no more).</summary>
public sealed record TimelinePageDto(IReadOnlyList<TimelineItemDto> Items, string? NextBefore);
