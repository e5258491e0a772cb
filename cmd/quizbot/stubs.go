package main

import (
	"context"
	"errors"
	"os"
)

func asPathError(err error, pe **os.PathError) bool { return errors.As(err, pe) }

func (m *Main) runImport(ctx context.Context, args []string) error {
	return usagef("import is not available yet")
}
func (m *Main) runExport(ctx context.Context, args []string) error {
	return usagef("export is not available yet")
}
func (m *Main) runReport(ctx context.Context, args []string) error {
	return usagef("report is not available yet")
}
