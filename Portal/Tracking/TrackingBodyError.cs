namespace Lodestar.Portal.Tracking;

internal enum TrackingBodyError
{
    None,
    TooLarge,
    UnsupportedEncoding,
    BadCompression,
}
