using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Profiles;

/// <summary>A profile as lists show it, with its main identifiers.</summary>
public sealed record ProfileSummary(Profile Profile, string? Email, string? UserId);
