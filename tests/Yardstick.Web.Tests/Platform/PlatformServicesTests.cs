using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Yardstick.Web.Platform.Background;
using Yardstick.Web.Platform.Notifications;
using Yardstick.Web.Tests.Infrastructure;

namespace Yardstick.Web.Tests.Platform;

public sealed class PlatformServicesTestsSqlite(SqliteApp app) : PlatformServicesTests<SqliteApp>(app);
public sealed class PlatformServicesTestsPostgres(PostgresApp app) : PlatformServicesTests<PostgresApp>(app), IUsesPostgres;

/// <summary>Audit log, files, notifications, the WeCom webhook, leases, health and the API description.</summary>
public abstract class PlatformServicesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [DbFact]
    public async Task Every_change_is_in_the_audit_log_with_old_and_new_values()
    {
        var admin = await app.ApiAs("admin");
        var created = await Json(await admin.PostAsJsonAsync("/api/projects", new { name = "审计测试", code = "AUD", type = "Residential" }));
        var id = created.GetProperty("id").GetInt32();
        await admin.PutAsJsonAsync($"/api/projects/{id}", new { name = "审计测试二期", code = "AUD", type = "Residential", version = 0 });

        var log = await Json(await admin.GetAsync($"/api/audit?entity=Project&entityId={id}"));
        var items = log.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("action").GetString()).ShouldBe(["Modified", "Added"]);
        items.ShouldAllBe(i => i.GetProperty("userName").GetString() == "admin");
        var change = JsonDocument.Parse(items[0].GetProperty("changes").GetString()!).RootElement.GetProperty("Name");
        change[0].GetString().ShouldBe("审计测试");
        change[1].GetString().ShouldBe("审计测试二期");
    }

    [DbFact]
    public async Task Files_are_typed_by_content_hashed_and_guarded_by_scope()
    {
        var agent = await app.ApiAs("agenta");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(png), "file", "现场照片.jpg" },
            { new StringContent(app.ProjectA.ToString()), "projectId" },
        };
        var r = await agent.PostAsync("/api/files", form);
        r.StatusCode.ShouldBe(HttpStatusCode.Created);
        var file = await Json(r);
        file.GetProperty("contentType").GetString().ShouldBe("image/png");
        file.GetProperty("fileName").GetString().ShouldBe("现场照片.png");
        file.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(png)));
        var id = file.GetProperty("id").GetString();

        (await agent.GetByteArrayAsync($"/api/files/{id}/content")).ShouldBe(png);
        var quality = await app.ApiAs("quality");
        (await quality.GetAsync($"/api/files/{id}/content")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A user of another project cannot fetch it, even knowing the id.
        var admin = await app.ApiAs("admin");
        var other = await admin.PostAsJsonAsync("/api/users", new { userName = "onlyb", displayName = "B项目", password = TestApp.Password, roles = new[] { "ServiceAgent" }, projectIds = new[] { app.ProjectB } });
        other.StatusCode.ShouldBe(HttpStatusCode.Created);
        var onlyB = await app.ApiAs("onlyb");
        (await onlyB.GetAsync($"/api/files/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await onlyB.GetAsync($"/api/files/{id}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [DbFact]
    public async Task Files_that_are_not_allowed_are_refused_and_nothing_is_kept()
    {
        var agent = await app.ApiAs("agenta");
        var before = Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Count(f => f.Contains("files"));
        using var exe = new MultipartFormDataContent { { new ByteArrayContent("MZ\u0090\0 pretending to be a photo"u8.ToArray()), "file", "photo.jpg" } };
        var r = await agent.PostAsync("/api/files", exe);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(r)).GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldStartWith("不支持的文件类型");

        using var empty = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.png" } };
        (await agent.PostAsync("/api/files", empty)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var foreign = new MultipartFormDataContent
        {
            { new ByteArrayContent("%PDF-1.4 test"u8.ToArray()), "file", "a.pdf" },
            { new StringContent(app.ProjectB.ToString()), "projectId" },
        };
        (await agent.PostAsync("/api/files", foreign)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).Count(f => f.Contains("files")).ShouldBe(before);
    }

    [DbFact]
    public async Task Photo_EXIF_time_and_GPS_are_read()
    {
        var agent = await app.ApiAs("agenta");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(ExifJpeg.Build(new DateTime(2025, 10, 1, 8, 30, 0), 31.2304, 121.4737)), "file", "gate.jpg" },
            { new StringContent(app.ProjectA.ToString()), "projectId" },
        };
        var r = await agent.PostAsync("/api/files", form);
        r.StatusCode.ShouldBe(HttpStatusCode.Created);
        var f = await Json(r);
        f.GetProperty("contentType").GetString().ShouldBe("image/jpeg");
        f.GetProperty("takenAt").GetDateTime().ShouldBe(new DateTime(2025, 10, 1, 0, 30, 0, DateTimeKind.Utc)); // 08:30 China time
        f.GetProperty("latitude").GetDouble().ShouldBe(31.2304, 0.0001);
        f.GetProperty("longitude").GetDouble().ShouldBe(121.4737, 0.0001);
    }

    [DbFact]
    public async Task A_password_reset_notifies_the_user_and_only_they_can_read_it()
    {
        var admin = await app.ApiAs("admin");
        var created = await Json(await admin.PostAsJsonAsync("/api/users", new { userName = "notifyme", displayName = "通知", password = TestApp.Password, roles = new[] { "Technician" }, projectIds = new[] { app.ProjectA } }));
        (await admin.PostAsJsonAsync($"/api/users/{created.GetProperty("id").GetInt32()}/reset-password", new { newPassword = "Notify#2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var token = await app.LoginAsync("notifyme", "Notify#2026");
        using var me = app.Anonymous();
        me.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var inbox = await Json(await me.GetAsync("/api/notifications"));
        inbox.GetProperty("unread").GetInt32().ShouldBe(1);
        var note = inbox.GetProperty("items")[0];
        note.GetProperty("title").GetString().ShouldBe("您的密码已被管理员重置");
        var noteId = note.GetProperty("id").GetInt64();

        var someoneElse = await app.ApiAs("agenta");
        (await someoneElse.GetAsync("/api/notifications")).Content.ReadAsStringAsync().Result.ShouldNotContain("您的密码已被管理员重置");
        (await someoneElse.PostAsync($"/api/notifications/{noteId}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await me.PostAsync($"/api/notifications/{noteId}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await me.GetAsync("/api/notifications"))).GetProperty("unread").GetInt32().ShouldBe(0);
    }

    [DbFact]
    public async Task Project_notifications_are_posted_to_the_WeCom_robot_by_the_sweeper()
    {
        using var robot = new FakeWeComRobot();
        var admin = await app.ApiAs("admin");
        var project = await Json(await admin.GetAsync($"/api/projects/{app.ProjectA}"));
        (await admin.PutAsJsonAsync($"/api/projects/{app.ProjectA}", new
        {
            name = project.GetProperty("name").GetString(), code = "TA", type = "Residential", weComWebhookUrl = robot.Url,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = app.SystemScope(out _))
        {
            var notifications = scope.ServiceProvider.GetRequiredService<NotificationService>();
            await notifications.NotifyAsync([1], app.ProjectA, "电梯困人", "3号楼2单元电梯困人，请立即处理", "/");
        }
        var sweeper = app.Services.GetRequiredService<WebhookSweeper>();
        (await sweeper.RunOnceAsync()).ShouldBe(1);
        var body = await robot.NextBodyAsync();
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("msgtype").GetString().ShouldBe("markdown");
        json.GetProperty("markdown").GetProperty("content").GetString()!.ShouldContain("3号楼2单元电梯困人");
        // Sent once: the next sweep finds nothing to do.
        (await sweeper.RunOnceAsync()).ShouldBe(0);

        // The test button queues a message too; a robot that fails is retried later, not lost.
        robot.Fail = true;
        (await admin.PostAsync($"/api/projects/{app.ProjectA}/webhook-test", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await sweeper.RunOnceAsync()).ShouldBe(1);
        await using (var scope = app.SystemScope(out var db))
        {
            var pending = db.WebhookMessages.Single(m => m.SentAt == null);
            pending.Attempts.ShouldBe(1);
            pending.NextAttemptAt.ShouldBeGreaterThan(DateTime.UtcNow);
        }

        await admin.PutAsJsonAsync($"/api/projects/{app.ProjectA}", new { name = project.GetProperty("name").GetString(), code = "TA", type = "Residential" });
    }

    [DbFact]
    public async Task Only_one_node_holds_a_sweep_lease_until_it_expires()
    {
        await using var scope = app.SystemScope(out var db);
        (await LeaseStore.TryAcquireAsync(db, "test-sweep", "node-1", TimeSpan.FromMinutes(1))).ShouldBeTrue();
        (await LeaseStore.TryAcquireAsync(db, "test-sweep", "node-2", TimeSpan.FromMinutes(1))).ShouldBeFalse();
        (await LeaseStore.TryAcquireAsync(db, "test-sweep", "node-1", TimeSpan.FromMinutes(1))).ShouldBeTrue(); // renew
        (await LeaseStore.TryAcquireAsync(db, "short", "node-1", TimeSpan.FromMilliseconds(-1))).ShouldBeTrue();   // already expired
        (await LeaseStore.TryAcquireAsync(db, "short", "node-2", TimeSpan.FromMinutes(1))).ShouldBeTrue();
    }

    [DbFact]
    public async Task Health_and_API_description_are_served()
    {
        using var c = app.Anonymous();
        var health = await c.GetAsync("/healthz");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Json(health)).GetProperty("status").GetString().ShouldBe("healthy");
        var doc = await Json(await c.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/projects", "/api/projects/{id}", "/api/projects/{id}/buildings", "/api/projects/{id}/units", "/api/customers", "/api/customers/import", "/api/staff", "/api/users", "/api/auth/login" })
            paths.TryGetProperty(p, out _).ShouldBeTrue(p);
        (await c.GetStringAsync("/api/docs")).ShouldContain("/openapi/v1.json");
    }

    [DbFact]
    public async Task Unknown_API_paths_answer_problem_details()
    {
        var admin = await app.ApiAs("admin");
        var r = await admin.GetAsync("/api/nothing-here");
        r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        r.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    /// <summary>A local HTTP listener standing in for the WeCom group robot; never a real host.</summary>
    private sealed class FakeWeComRobot : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Channel _bodies = new();
        public string Url { get; }
        public bool Fail { get; set; }

        public FakeWeComRobot()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/cgi-bin/webhook/send/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await _listener.GetContextAsync(); } catch (Exception) { return; }
                using var reader = new StreamReader(ctx.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                ctx.Response.StatusCode = Fail ? 500 : 200;
                await ctx.Response.OutputStream.WriteAsync("{\"errcode\":0,\"errmsg\":\"ok\"}"u8.ToArray());
                ctx.Response.Close();
                if (!Fail) _bodies.Writer.TryWrite(body);
            }
        }

        public async Task<string> NextBodyAsync()
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await _bodies.Reader.ReadAsync(cts.Token);
        }

        public void Dispose() => _listener.Close();

        private sealed class Channel
        {
            private readonly System.Threading.Channels.Channel<string> _c = System.Threading.Channels.Channel.CreateUnbounded<string>();
            public System.Threading.Channels.ChannelWriter<string> Writer => _c.Writer;
            public System.Threading.Channels.ChannelReader<string> Reader => _c.Reader;
        }
    }
}

/// <summary>Builds a tiny JPEG whose only content is an EXIF block with capture time and GPS position.</summary>
public static class ExifJpeg
{
    public static byte[] Build(DateTime taken, double latitude, double longitude)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)v); tiff.Add((byte)(v >> 8)); }
        void U32(long v) { for (var i = 0; i < 4; i++) tiff.Add((byte)(v >> (8 * i))); }
        void Entry(int tag, int type, int count, long valueOrOffset) { U16(tag); U16(type); U32(count); U32(valueOrOffset); }

        // Layout (offsets from the TIFF header): header 8 | IFD0 at 8 (2 entries) | EXIF IFD at 38 (1 entry) |
        // GPS IFD at 56 (4 entries) | data at 110: date (20) | lat rationals (24) | lon rationals (24).
        const int ifd0 = 8, exif = 38, gps = 56, data = 110, date = data, lat = date + 20, lon = lat + 24;
        tiff.AddRange("II"u8.ToArray()); U16(42); U32(ifd0);
        U16(2); Entry(0x8769, 4, 1, exif); Entry(0x8825, 4, 1, gps); U32(0);
        U16(1); Entry(0x9003, 2, 20, date); U32(0);
        U16(4);
        Entry(0x0001, 2, 2, 'N'); Entry(0x0002, 5, 3, lat);
        Entry(0x0003, 2, 2, 'E'); Entry(0x0004, 5, 3, lon); U32(0);
        tiff.AddRange(System.Text.Encoding.ASCII.GetBytes(taken.ToString("yyyy:MM:dd HH:mm:ss") + "\0"));
        foreach (var value in new[] { latitude, longitude })
        {
            var deg = (int)value;
            var min = (int)((value - deg) * 60);
            var sec = (value - deg - min / 60.0) * 3600;
            U32(deg); U32(1); U32(min); U32(1); U32((long)Math.Round(sec * 10000)); U32(10000);
        }

        var app1 = new List<byte>();
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        var jpeg = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE1, (byte)((app1.Count + 2) >> 8), (byte)(app1.Count + 2) };
        jpeg.AddRange(app1);
        jpeg.AddRange([0xFF, 0xD9]);
        return jpeg.ToArray();
    }
}
