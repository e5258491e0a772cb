package main

import (
	"errors"
	"os"
)

func asPathError(err error, pe **os.PathError) bool { return errors.As(err, pe) }
