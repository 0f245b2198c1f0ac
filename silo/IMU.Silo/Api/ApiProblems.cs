namespace IMU.Silo.Api;

/// <summary>
/// The API's refusals as problem details (RFC 9457): <c>title</c> says what kind, <c>detail</c> the
/// message naming the culprit, and the added <c>culprit</c> the field, name or value it is about.
/// </summary>
internal static class ApiProblems
{
    public static IResult NotFound(string detail, string culprit) => Problem(StatusCodes.Status404NotFound, "Not found", detail, culprit);

    public static IResult Conflict(string detail, string culprit) => Problem(StatusCodes.Status409Conflict, "Refused in this state", detail, culprit);

    public static IResult BadRequest(string detail, string culprit) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail, culprit);

    public static IResult UnsupportedMediaType() => Problem(
        StatusCodes.Status415UnsupportedMediaType,
        "Unsupported media type",
        "an action takes a JSON object body with Content-Type: application/json",
        "Content-Type");

    public static IResult Unauthorized(bool tokenGiven) => Problem(
        StatusCodes.Status401Unauthorized,
        "Unauthorized",
        tokenGiven
            ? "the bearer token is not valid for this silo"
            : "this silo needs a bearer token: send Authorization: Bearer TOKEN with a token of its --token-file, or sign in at /login",
        "Authorization");

    private static IResult Problem(int status, string title, string detail, string culprit) =>
        Results.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["culprit"] = culprit });
}
