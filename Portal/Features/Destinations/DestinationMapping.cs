using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Sync;
using Lodestar.Portal.Client.Features.Destinations;

namespace Lodestar.Portal.Features.Destinations;

internal static class DestinationMapping
{
    public static DestinationTypeDto ToDto(this DestinationTypeInfo info) => new(
        DestinationTypeNames.Of(info.Type), info.Title, info.Description, info.Audiences, info.Events, info.SupportsDeletion,
        info.Fields.Select(f => new DestinationSettingFieldDto(f.Key, f.Label, f.Required, f.Secret, f.Help, f.DefaultValue, f.Choices)).ToList());

    public static DestinationListItemDto ToDto(this DestinationSummary summary) => new(
        summary.Destination.Id, summary.Destination.Name, DestinationTypeNames.Of(summary.Destination.Type), summary.Destination.Enabled,
        summary.Destination.PausedAt, summary.Destination.PausedReason, summary.Connections, summary.LastRun?.ToDto(null));

    public static DestinationDto ToDto(this DestinationDetails details)
    {
        var d = details.Destination;
        return new DestinationDto(d.Id, d.Name, DestinationTypeNames.Of(d.Type), d.Enabled, details.Settings, details.SecretsSet,
            d.RequiredConsentCategory, d.BatchSize, d.RequestsPerSecond, d.ConsecutiveFailures, d.PausedAt, d.PausedReason,
            details.Connections.Select(ToDto).ToList(), d.UpdatedAt, d.UpdatedBy, d.StreamPosition);
    }

    public static DestinationConnectionDto ToDto(this ConnectionDetails details) => new(
        details.Connection.Id, details.Connection.SegmentId, details.SegmentName,
        details.Mapping.Select(m => new FieldMappingDto(m.Trait, m.Field)).ToList(),
        details.Connection.ScheduleMinutes, details.Connection.Enabled, details.Members, details.Connection.LastRunAt, details.Connection.LastSuccessAt);

    public static DestinationRunDto ToDto(this DestinationRun run, string? segmentName) => new(
        run.Id, run.ConnectionId, segmentName, run.Trigger.ToString(), run.Status.ToString(), run.Full, run.StartedAt, run.FinishedAt,
        run.Planned, run.Sent, run.Failed, run.Skipped, run.Error, run.FirstEventId, run.LastEventId);

    public static LedgerEntryDto ToDto(this DestinationLedgerEntry entry) => new(
        entry.Id, entry.RunId, entry.ProfileId, entry.Action.ToString(), entry.Batch, entry.Status.ToString(), entry.Payload, entry.Error, entry.SentAt);

    public static SyncPreviewDto ToDto(this SyncPreview preview) => new(
        preview.ConnectionId, preview.Full, preview.Adds, preview.Removes, preview.WithoutConsent,
        preview.Sample.Select(r => new SyncPreviewRecordDto(r.ProfileId, r.Action.ToString(), r.Identifiers, r.Fields)).ToList());

    public static DestinationDraft ToDraft(this DestinationInput input) => new(
        input.Name, input.Type, input.Enabled, input.Settings, input.Secrets, input.RequiredConsentCategory, input.BatchSize, input.RequestsPerSecond);

    public static ConnectionDraft ToDraft(this ConnectionInput input) => new(
        input.SegmentId, input.Mapping?.Select(m => new FieldMapping(m.Trait ?? "", m.Field ?? "")).ToList(), input.ScheduleMinutes, input.Enabled);
}
