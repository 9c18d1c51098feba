using Lodestar.Domain.Crm.Activities;

namespace Lodestar.Domain.Demo;

/// <summary>One activity of the demo's sales team, and when it was done if it is a finished task.</summary>
public sealed record DemoActivity(ActivityFields Fields, DateTime? CompletedAt);
