using Hangfire;

namespace Lodestar.Jobs;

/// <summary>A job that can be run on demand: its name, what it does, and how to enqueue it.</summary>
public sealed record JobDefinition(string Name, string Description, Func<IBackgroundJobClient, string> Enqueue);
