/*
 * check_units: the systemd units.  They carry the directives the design
 * requires, and `systemd-analyze verify` accepts them (run on copies whose
 * ExecStart names the built binary) when systemd-analyze is installed.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "xmalloc.h"

static char *
unit(const char *name)
{
	char	*path, *text;

	path = xasprintf("%s/config/%s", tu_env("ITINERD_SRCDIR"), name);
	text = tu_read_file(path, NULL);
	ck_assert_msg(text != NULL, "%s unreadable", path);
	free(path);
	return text;
}

static const char *service_lines[] = {
	"Type=notify", "DynamicUser=yes", "StateDirectory=itinerd",
	"RuntimeDirectory=itinerd", "ProtectSystem=strict", "ProtectHome=yes",
	"PrivateTmp=yes", "NoNewPrivileges=yes",
	"RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
	"SystemCallFilter=@system-service", "WatchdogSec=",
	"Restart=on-failure", "ExecReload=/bin/kill -HUP $MAINPID",
};

START_TEST(service_directives)
{
	char	*text, *want;

	text = unit("itinerd.service");
	want = xasprintf("\n%s", service_lines[_i]);
	ck_assert_msg(strstr(text, want) != NULL, "missing %s",
	    service_lines[_i]);
	free(want);
	free(text);
}
END_TEST

START_TEST(socket_directives)
{
	char	*text;

	text = unit("itinerd.socket");
	ck_assert_ptr_nonnull(strstr(text, "\nListenStream=/run/itinerd/"
	    "itinerd.sock"));
	ck_assert_ptr_nonnull(strstr(text, "\nSocketMode=0660"));
	free(text);
}
END_TEST

START_TEST(systemd_analyze_verify)
{
	const char	*tools[] = { "/usr/bin/systemd-analyze",
	    "/bin/systemd-analyze" };
	const char	*tool = NULL;
	char		*dir, *svc, *sock, *text, *p, *fixed, *out = NULL;
	char		*err = NULL;
	size_t		 i;
	int		 rc;

	for (i = 0; i < sizeof tools / sizeof tools[0]; i++)
		if (access(tools[i], X_OK) == 0)
			tool = tools[i];
	if (tool == NULL) {
		/* Not installed: the directive checks above still ran. */
		return;
	}
	dir = tu_tmpdir();
	svc = xasprintf("%s/itinerd.service", dir);
	sock = xasprintf("%s/itinerd.socket", dir);
	text = unit("itinerd.service");
	/* The installed unit has @SBINDIR@ and @SYSCONFDIR@ filled in. */
	p = strstr(text, "@SBINDIR@/itinerd");
	ck_assert_ptr_nonnull(p);
	*p = '\0';
	fixed = xasprintf("%s%s%s", text, tu_env("ITINERD_BIN"),
	    p + strlen("@SBINDIR@/itinerd"));
	ck_assert_int_eq(tu_write_file(svc, fixed), 0);
	free(text);
	free(fixed);
	text = unit("itinerd.socket");
	ck_assert_int_eq(tu_write_file(sock, text), 0);
	free(text);
	{
		char *argv[] = { (char *)tool, "verify", "--man=no", svc,
		    sock, NULL };

		rc = tu_run(argv, &out, &err, 30000);
	}
	ck_assert_msg(rc == 0, "systemd-analyze verify: %d: %s%s", rc, out,
	    err);
	free(out);
	free(err);
	tu_rmtree(dir);
	free(dir);
	free(svc);
	free(sock);
}
END_TEST

static Suite *
units_suite(void)
{
	Suite	*s = suite_create("units");
	TCase	*tc;

	tc = tcase_create("systemd");
	tcase_add_loop_test(tc, service_directives, 0,
	    sizeof service_lines / sizeof service_lines[0]);
	tcase_add_test(tc, socket_directives);
	tcase_add_test(tc, systemd_analyze_verify);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(units_suite());
}
