using System.Globalization;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Subjects;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>
/// A located subject-access request: what was asked for (an identifier, or a profile) and where the person's data is.
/// Nothing has been read beyond the identity graph yet; <see cref="SubjectAccessService.WriteAsync"/> writes the document.
/// </summary>
public sealed class SubjectExport
{
    /// <summary>The identifier the request named, normalised; null when it named a profile.</summary>
    public IdentifierKey? Identifier { get; init; }

    /// <summary>The profile the request named; null when it named an identifier.</summary>
    public long? ProfileId { get; init; }

    public required SubjectFootprint Footprint { get; init; }

    /// <summary>When the request was located: the document's <c>generatedAt</c> and the date in its file name.</summary>
    public required DateTime GeneratedAt { get; init; }

    /// <summary>The person's main profile: the one asked for, else the lowest living one found; null when no profile holds them yet.</summary>
    public long? SubjectProfileId { get; init; }

    /// <summary>What was asked for, in a form the audit log may keep: the identifier masked (never whole), or the profile id.</summary>
    public string MaskedRequest => Identifier is { } key
        ? $"{key.Type} {IdentifierMasker.Mask(key)}"
        : string.Create(CultureInfo.InvariantCulture, $"profile {ProfileId}");

    /// <summary><c>lodestar-subject-{id}-{yyyy-MM-dd}.json</c>: the main profile's id, else the CRM contact's (<c>contact-7</c>).</summary>
    public string FileName
    {
        get
        {
            var id = SubjectProfileId?.ToString(CultureInfo.InvariantCulture)
                ?? (Footprint.ContactIds.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"contact-{Footprint.ContactIds.Min()}") : "unresolved");
            return string.Create(CultureInfo.InvariantCulture, $"lodestar-subject-{id}-{GeneratedAt:yyyy-MM-dd}.json");
        }
    }
}
