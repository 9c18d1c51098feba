namespace Lodestar.Portal.Client.Features.Settings;

public sealed record SourceRequest(string Name, bool Enabled = true);
