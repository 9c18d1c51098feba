namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>A kind of destination (<c>audience-webhook</c>, <c>event-webhook</c>, <c>mailchimp</c>, <c>ad-platform</c>, <c>csv-file</c>).</summary>
public sealed record DestinationTypeDto(
    string Type,
    string Title,
    string Description,
    bool Audiences,
    bool Events,
    bool SupportsDeletion,
    IReadOnlyList<DestinationSettingFieldDto> Fields);
