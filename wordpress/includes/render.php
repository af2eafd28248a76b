<?php
/**
 * An element's HTML for a shortcode or a block, with the letter, the count
 * and the sign link already in it when the element reads the bundled feed.
 *
 * The pre-rendered HTML is not made here: `npm run build:wordpress` writes
 * it (assets/prerendered.json) with the repository's own renderer
 * (src/cli/embed, the one `wcit-feed embed` uses), so there is no second
 * renderer in PHP to keep in step with the elements. The elements adopt that
 * HTML (a matching fingerprint on the letter, the count's text patched in
 * place), so the upgrade moves nothing. A feed set on the settings page or
 * in `src` is rendered by the elements in the browser only: rendering it
 * here would take a PHP port of the renderer and its translations.
 */

defined( 'ABSPATH' ) || exit;

/** The bundled feed's pre-rendered content, by language (see the build). */
function wcit_embed_prerendered(): ?array {
	static $data = false;
	if ( false === $data ) {
		$file = dirname( WCIT_EMBED_FILE ) . '/assets/prerendered.json';
		$json = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$data = is_array( $json ) && isset( $json['languages'] ) ? $json : null;
	}
	return $data;
}

/**
 * The language `<wcit-letter>` would choose among the bundled feed's: the
 * asked one or the site's, exact, else by its first subtag, else the feed's
 * default (the elements' lookup, for the languages this feed has).
 */
function wcit_embed_language( array $pre, string $asked ): string {
	$tags = array_keys( $pre['languages'] );
	$want = strtolower( '' !== $asked ? $asked : (string) get_bloginfo( 'language' ) );
	while ( '' !== $want ) {
		foreach ( $tags as $tag ) {
			if ( strtolower( $tag ) === $want ) {
				return $tag;
			}
		}
		$cut  = strrpos( $want, '-' );
		$want = false === $cut ? '' : substr( $want, 0, $cut );
	}
	return $pre['default'];
}

/** The pre-rendered children for one element, or '' when it is rendered in the browser. */
function wcit_embed_children( string $tag, array $attributes, string $language ): string {
	$pre = wcit_embed_prerendered()['languages'][ $language ] ?? null;
	if ( ! $pre ) {
		return '';
	}
	switch ( $tag ) {
		case 'wcit-letter':
			$key = ( $attributes['heading-level'] ?? 2 ) . ( empty( $attributes['collapsed'] ) ? '' : 'c' );
			return $pre['letter'][ $key ] ?? '';
		case 'wcit-signatories':
			if ( ! empty( $attributes['compact'] ) ) {
				return $pre['compact'];
			}
			// A limited list would shrink when the live one takes over.
			return empty( $attributes['limit'] ) ? $pre['list'] : '';
		default:
			// An `href` of the member's own sends signers elsewhere than the feed's link.
			return isset( $attributes['href'] ) ? '' : $pre['button'];
	}
}

/**
 * The element's HTML: attributes escaped, the site's default feed when none
 * is given, pre-rendered content for the bundled feed. A refused `src`
 * (`javascript:`, a space-hidden scheme) gives no element at all, only a
 * comment saying why: the element would refuse to fetch it too, and a
 * widget silently showing another feed would mislead.
 */
function wcit_embed_render( string $tag, array $attributes, array $refused = array() ): string {
	wcit_embed_enqueue();
	if ( in_array( 'src', $refused, true ) ) {
		return '<!-- wcit-embed: the src was refused: only http:, https: or a relative address -->';
	}
	if ( ! isset( $attributes['src'] ) ) {
		$default = (string) get_option( WCIT_EMBED_OPTION, '' );
		if ( '' !== $default && wcit_embed_safe_url( $default, false ) ) {
			$attributes['src'] = $default;
		}
	}
	$children = '';
	$pre      = wcit_embed_prerendered();
	if ( ! isset( $attributes['src'] ) && $pre ) {
		// As `wcit-feed embed` does: the element gets the rendered language, so it upgrades to the same text.
		$attributes['lang'] = wcit_embed_language( $pre, $attributes['lang'] ?? '' );
		$children           = wcit_embed_children( $tag, $attributes, $attributes['lang'] );
	}
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	return $html . '>' . $children . '</' . $tag . '>';
}

/** A shortcode: the element's attributes with `_` for `-`; unknown ones ignored. */
function wcit_embed_shortcode( string $tag ): callable {
	return static function ( $atts ) use ( $tag ) {
		[ $attributes, $refused ] = wcit_embed_clean_attributes(
			$tag,
			is_array( $atts ) ? $atts : array(),
			static fn( $name ) => str_replace( '-', '_', $name )
		);
		return wcit_embed_render( $tag, $attributes, $refused );
	};
}

add_action(
	'init',
	static function () {
		add_shortcode( 'wcit_letter', wcit_embed_shortcode( 'wcit-letter' ) );
		add_shortcode( 'wcit_signatories', wcit_embed_shortcode( 'wcit-signatories' ) );
		add_shortcode( 'wcit_sign_button', wcit_embed_shortcode( 'wcit-sign-button' ) );
	}
);
