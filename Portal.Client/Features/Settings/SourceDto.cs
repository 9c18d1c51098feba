namespace Lodestar.Portal.Client.Features.Settings;

public sealed record SourceDto(int Id, string Name, string WriteKey, bool Enabled, bool IsDefault, DateTime CreatedAt);
