<?php
/**
 * The elements' attributes, as custom-elements.json documents them, in one
 * table: shortcodes take them with `_` for `-`, blocks with camelCase names,
 * and kses allows them on pasted tags. Each value is read as the element
 * reads it: a bad value falls back to the element's default (the attribute
 * is left out), never passed through.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Element => attribute => [type, extra]. Types: url (the feed: http(s) or
 * relative), web (an http(s) link), bool, int (>= 0), level (1-6), enum,
 * token (a name like a query parameter or a link target), text.
 */
function wcit_embed_elements(): array {
	$common = array(
		'src'  => array( 'url' ),
		'lang' => array( 'lang' ),
	);
	return array(
		'wcit-letter'      => $common + array(
			'heading-level' => array( 'level' ),
			'collapsed'     => array( 'bool' ),
		),
		'wcit-signatories' => $common + array(
			'compact'    => array( 'bool' ),
			'limit'      => array( 'int' ),
			'searchable' => array( 'bool' ),
			'refresh'    => array( 'int' ),
		),
		'wcit-sign-button' => $common + array(
			'href'        => array( 'web' ),
			'target'      => array( 'token' ),
			'attribution' => array( 'text' ),
			'ref-param'   => array( 'token' ),
			'show-count'  => array( 'bool' ),
			'size'        => array( 'enum', array( 'small', 'medium', 'large' ) ),
			'variant'     => array( 'enum', array( 'solid', 'outline' ) ),
		),
	);
}

/** `heading-level` => `headingLevel` (block attribute names). */
function wcit_embed_camel( string $name ): string {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * Whether a URL may be an element's `src` (http, https, or relative to the
 * page, as the elements resolve it) or, with $relative false, a link's href:
 * the rule of the elements' isSafeHref: no whitespace, control or invisible
 * character anywhere (the URL parser strips them: " javascript:").
 */
function wcit_embed_safe_url( string $url, bool $relative ): bool {
	if ( '' === $url || strlen( $url ) > 2048 || preg_match( '/[\s\x00-\x1f\x7f\x{200b}-\x{200f}\x{2028}-\x{202e}\x{2060}-\x{2064}\x{feff}]/u', $url ) ) {
		return false;
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $m ) ) {
		return in_array( strtolower( $m[1] ), array( 'http', 'https' ), true ) && (bool) preg_match( '#^https?://[^/?\#]+#i', $url );
	}
	return $relative;
}

/**
 * One attribute's value as the element would accept it, or null to leave it
 * out (unknown, empty or bad). Booleans come back as true or false.
 */
function wcit_embed_clean_value( array $spec, $value ) {
	$value = is_bool( $value ) ? ( $value ? '1' : '' ) : trim( (string) $value );
	switch ( $spec[0] ) {
		case 'url':
			return wcit_embed_safe_url( $value, true ) ? $value : null;
		case 'web':
			return wcit_embed_safe_url( $value, false ) ? $value : null;
		case 'bool':
			return ! in_array( strtolower( $value ), array( '', '0', 'false', 'no', 'off' ), true );
		case 'int':
			return preg_match( '/^\d{1,9}$/', $value ) ? (int) $value : null;
		case 'level':
			return preg_match( '/^[1-6]$/', $value ) ? (int) $value : null;
		case 'enum':
			return in_array( $value, $spec[1], true ) ? $value : null;
		case 'lang':
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $value ) ? $value : null;
		case 'token':
			return preg_match( '/^[A-Za-z0-9_.\-]{1,64}$/', $value ) ? $value : null;
		default:
			return '' === $value ? null : sanitize_text_field( $value );
	}
}

/**
 * The element's attributes from a shortcode's or a block's: `$name_of`
 * maps the element's attribute name to the caller's. Unknown ones are
 * ignored; a bare shortcode word (`[wcit_letter collapsed]`) is a true boolean.
 * Returns [attributes, refused names].
 */
function wcit_embed_clean_attributes( string $tag, array $given, callable $name_of ): array {
	$clean   = array();
	$refused = array();
	foreach ( $given as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$given[ $value ] = true;
		}
	}
	foreach ( wcit_embed_elements()[ $tag ] as $attribute => $spec ) {
		$key = $name_of( $attribute );
		if ( ! array_key_exists( $key, $given ) || null === $given[ $key ] || ( '' === $given[ $key ] && 'bool' !== $spec[0] ) ) {
			continue;
		}
		$value = wcit_embed_clean_value( $spec, $given[ $key ] );
		if ( null === $value ) {
			$refused[] = $key;
		} elseif ( false !== $value ) {
			$clean[ $attribute ] = $value;
		}
	}
	return array( $clean, $refused );
}
