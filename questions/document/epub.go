package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// An EPUB is a zip of XHTML chapters; its package file (named by
// META-INF/container.xml) lists them in reading order (the spine). Each
// chapter is read as a web page and the chapters are joined in that order.
func readEPUB(data []byte) (Doc, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Doc{}, err
	}
	var container struct {
		Rootfiles []struct {
			Path string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := readXML(z, "META-INF/container.xml", &container); err != nil {
		return Doc{}, err
	}
	if len(container.Rootfiles) == 0 {
		return Doc{}, unreadable("is an EPUB without a package file")
	}
	opfPath := container.Rootfiles[0].Path
	var opf struct {
		Title    []string `xml:"metadata>title"`
		Manifest []struct {
			ID   string `xml:"id,attr"`
			Href string `xml:"href,attr"`
			Type string `xml:"media-type,attr"`
		} `xml:"manifest>item"`
		Spine []struct {
			IDRef  string `xml:"idref,attr"`
			Linear string `xml:"linear,attr"`
		} `xml:"spine>itemref"`
	}
	if err := readXML(z, opfPath, &opf); err != nil {
		return Doc{}, err
	}
	href := map[string]string{}
	for _, it := range opf.Manifest {
		if strings.Contains(it.Type, "html") {
			href[it.ID] = it.Href
		}
	}
	var d Doc
	if len(opf.Title) > 0 {
		d.Title = opf.Title[0]
	}
	var b strings.Builder
	dir := path.Dir(opfPath)
	for _, ref := range opf.Spine {
		h, ok := href[ref.IDRef]
		if !ok || ref.Linear == "no" {
			continue
		}
		raw, err := readZip(z, path.Join(dir, unescapeHref(h)))
		if err != nil {
			return Doc{}, err
		}
		root, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			return Doc{}, err
		}
		b.WriteString(htmlDoc(root).Text)
		b.WriteString("\n")
	}
	d.Text = b.String()
	if d.Title != "" {
		// The book's title heads the text; its chapters' headings go one
		// level down, so that a chapter's "# The Amur" does not pass for
		// the title of the whole.
		d.Text = "# " + oneLine(d.Title) + "\n\n" + deeper(d.Text)
	}
	return d, nil
}

// deeper moves every Markdown heading one level down.
func deeper(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "######") {
			lines[i] = "#" + l
		}
	}
	return strings.Join(lines, "\n")
}

func unescapeHref(h string) string {
	if i := strings.IndexAny(h, "#?"); i >= 0 {
		h = h[:i]
	}
	return strings.ReplaceAll(h, "%20", " ")
}

// maxPart bounds what one part of a zip may unpack to: a document of a few
// megabytes, not a zip bomb.
const maxPart = 64 << 20

func readZip(z *zip.Reader, name string) ([]byte, error) {
	f, err := z.Open(name)
	if err != nil {
		return nil, unreadable("lacks its part %s; is it damaged?", name)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxPart+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxPart {
		return nil, unreadable("unpacks to more than %d MB", maxPart>>20)
	}
	return b, nil
}

func readXML(z *zip.Reader, name string, v any) error {
	b, err := readZip(z, name)
	if err != nil {
		return err
	}
	return xml.Unmarshal(b, v)
}
